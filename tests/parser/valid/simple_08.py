raise E from None
