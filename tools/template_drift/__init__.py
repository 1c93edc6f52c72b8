"""`make template-drift`: our overrides of the generator's templates against upstream's, after a bump of its pin."""
