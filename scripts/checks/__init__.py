"""Content checks for contributors: each module checks one kind of mistake and returns Problems."""
