"""Commands about parts: the stock, receiving, faulty parts recovered, supplier returns, discontinued parts and claims."""
