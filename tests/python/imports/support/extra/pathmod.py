WHERE = "support/extra"
