// Golden tests, filled in below.
