import sys

from llm_exporter.cli import main

sys.exit(main())
