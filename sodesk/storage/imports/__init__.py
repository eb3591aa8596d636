"""Import of a controller's exports (INTERFACES.md "Import files"): all rows or none."""
