"""gongshu-kg: Chinese government and economic texts -> a traceable RDF knowledge graph."""
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("gongshu-kg")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0+unknown"
