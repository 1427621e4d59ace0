"""Build the optional compiled search (src/lagebild/nlp/_lattice.pyx); everything else is in pyproject.toml.

The extension is optional: without Cython, or where it does not compile (no C compiler),
the package installs without it and nlp/morph.py runs its pure-Python search, with the
same results.
"""

from setuptools import Extension, setup

try:
    from Cython.Build import cythonize
except ImportError:  # no Cython: no extension, the pure-Python search runs
    cythonize = None

ext_modules = []
if cythonize is not None:
    ext_modules = cythonize(
        [Extension("lagebild.nlp._lattice", ["src/lagebild/nlp/_lattice.pyx"], optional=True)],
        language_level=3,
    )
    for extension in ext_modules:  # keep optional=True whatever cythonize copies
        extension.optional = True

setup(ext_modules=ext_modules)
