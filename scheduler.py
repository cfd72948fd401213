"""The APScheduler daemon (issue 4)."""
