"""lagebild: German-first political event data from news."""

__version__ = "0.1.0"
CODER_VERSION = f"lagebild-{__version__}"
