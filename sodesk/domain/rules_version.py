"""The version of the rules (R1-R12) a worker-month's figures are computed under.

Why: the results of a closed month are stored as they were computed; when a rule changes,
those results keep their figures and carry the version they were computed under, so a
report over closed months can say which rules its figures follow. Raise it with every
change of a rule that moves a figure (the stored results of reopened and closed-again months
then carry the new one).
"""

RULES_VERSION = "2026.2"
