"""Migration scripts, applied in order by store.migrate.upgrade()."""
