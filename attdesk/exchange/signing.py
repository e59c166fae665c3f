"""The installation's Ed25519 signing key: made on first export, kept owner-only.

The private key lives in the user's data folder (never in the database, which may be copied
or shared); the public key travels in every package manifest, and its fingerprint is shown
in Settings so the focal point can register it with the secretariat.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import platformdirs
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from attdesk.atomic import atomic_path
from attdesk.domain.text import QT_TRANSLATE_NOOP
from attdesk.errors import AttDeskError

KEY_FILE: Final = "signing-key-ed25519.pem"
UNREADABLE: Final = QT_TRANSLATE_NOOP(
    "Errors", "The signing key {path} cannot be read: {problem}. Move it away to make a new one."
)


def key_folder() -> Path:
    return Path(platformdirs.user_data_dir("ATT Desk", appauthor=False)) / "keys"


def public_bytes(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def fingerprint(public: bytes) -> str:
    """SHA-256 of the raw public key, in groups of four hex digits (read aloud on a phone)."""
    digest = hashlib.sha256(public).hexdigest()
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def key_id(public: bytes) -> str:
    """Short identifier of a key: the first 16 hex digits of its fingerprint."""
    return hashlib.sha256(public).hexdigest()[:16]


@dataclass(frozen=True)
class SigningKey:
    private: Ed25519PrivateKey
    path: Path

    @property
    def public(self) -> bytes:
        return public_bytes(self.private.public_key())

    @property
    def key_id(self) -> str:
        return key_id(self.public)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public)

    def sign(self, data: bytes) -> bytes:
        return self.private.sign(data)


def load_key(folder: Path | None = None) -> SigningKey | None:
    """The installation's key, or None if none was made yet."""
    path = (folder or key_folder()) / KEY_FILE
    if not path.exists():
        return None
    try:
        private = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as error:
        raise AttDeskError(UNREADABLE, path=str(path), problem=str(error)) from error
    if not isinstance(private, Ed25519PrivateKey):
        raise AttDeskError(UNREADABLE, path=str(path), problem="not an Ed25519 key")
    return SigningKey(private, path)


def load_or_create_key(folder: Path | None = None) -> SigningKey:
    """The installation's key, made (owner-only file) the first time."""
    found = load_key(folder)
    if found is not None:
        return found
    folder = folder or key_folder()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / KEY_FILE
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    with atomic_path(path) as temporary:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(pem)
            stream.flush()
            os.fsync(stream.fileno())
        temporary.chmod(0o600)  # owner only (on Windows: the user's profile ACLs)
    return SigningKey(private, path)


def verify_signature(public: bytes, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True
