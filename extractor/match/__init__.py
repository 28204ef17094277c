"""The registered spaCy components of the policykg pipeline."""
