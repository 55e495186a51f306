"""Job Value Workshop: coach an answer to "What job gave you the most personal value?"."""
__version__ = "0.1.0"
