"""Publish: exports of the store for machines (JSONL) and, later, people (Markdown, HTML)."""
