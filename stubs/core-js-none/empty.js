// Intentionally empty: see README.md.
