"""The browsable site over the store: `storyweave serve` (an ASGI app) and `storyweave report` (static files).

Needs the optional dependencies of the `web` extra (FastAPI, uvicorn, Jinja2); nothing else imports this package.
"""
