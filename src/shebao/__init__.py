"""shebao: Chinese social-insurance fund reports to checked, queryable facts."""

__version__ = "0.1.0"
