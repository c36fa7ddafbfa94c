"""Test harnesses, outside the runtime package: the simulated fleet (``fleet``) and the
alert scenario suite (``scenarios``, ``make scenarios``)."""
