"""Use cases the desktop application and the command line share (open a database, import,
build a report, fill demo data). Front ends call these and never write SQL themselves."""
