WHERE = "support/extra2"
