"""A function for worker-pool tests: kills its own process on the item 'crash' (like a segfault would)."""
import os


def double_or_die(item):
    if item == "crash":
        os._exit(1)
    return item * 2
