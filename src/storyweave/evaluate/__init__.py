"""Evaluate: metrics and loaders for public dataset formats, so quality is measured, not asserted."""
