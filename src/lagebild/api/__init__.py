"""The read-only JSON API and dashboard (`lagebild serve`): `lagebild.api.app.create_app`.

Nothing is imported here, so `lagebild.api.cli.serve` can be registered on the CLI without
loading FastAPI for every other command.
"""
