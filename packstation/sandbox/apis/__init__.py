"""One module per API the sandbox server speaks; each class registers its routes with the
:class:`~packstation.sandbox.app.SandboxApp` it is given (see :mod:`packstation.sandbox`)."""
