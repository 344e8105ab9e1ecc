class Ticket:
    next_number = 1
    def __init__(self, owner):
        self.owner = owner
        self.number = Ticket.next_number
        Ticket.next_number += 1
    def __repr__(self):
        return f"Ticket#{self.number}({self.owner})"
tickets = [Ticket(name) for name in ["ann", "bob", "cy"]]
print(tickets)
print(Ticket.next_number)
print(tickets[0] is tickets[0], tickets[0] is tickets[1])
