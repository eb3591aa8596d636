"""Editors' state and rules without Qt: what a form holds, whether it may be saved, what a
save sends. The widgets show a presenter and forward what the user does; tests drive the
presenters directly, without a window."""
