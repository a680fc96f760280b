"""The benchmark of DESIGN §9: our services against hand-written baselines, same run."""
