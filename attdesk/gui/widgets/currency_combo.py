"""An editable currency chooser: common currencies first, ISO codes typed directly."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from attdesk.domain.currencies import COMMON_CURRENCIES, currencies
from attdesk.domain.issues import FieldIssue


def fill_currencies(combo: QComboBox, language: str) -> None:
    """(Re)fill with currency names in `language`, keeping the chosen one."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem("", None)
    if combo.lineEdit() is not None:
        combo.lineEdit().setPlaceholderText(
            QCoreApplication.translate("CurrencyCombo", "Currency (USD, EUR…)")
        )
    table = currencies()
    ordered = [c for c in COMMON_CURRENCIES if c in table]
    ordered += sorted(c for c in table if c not in COMMON_CURRENCIES)
    for code in ordered:
        combo.addItem(f"{code} — {table[code].name(language)}", code)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)


def chosen_currency(combo: QComboBox, field: str, issues: list[FieldIssue]) -> str | None:
    """The ISO code chosen or typed; an unknown code adds a finding for `field`."""
    text = combo.currentText().strip()
    if not text:
        return None
    index = combo.currentIndex()
    if index >= 0 and combo.itemText(index) == text:
        data = combo.itemData(index)
        return str(data) if data else None
    code = text.split(" ")[0].upper()
    if code in currencies():
        return code
    issues.append(FieldIssue(field, "unknown_currency", {"value": text}))
    return None
