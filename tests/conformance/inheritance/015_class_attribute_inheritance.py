class Vehicle:
    wheels = 4
    kinds = []
class Bike(Vehicle):
    wheels = 2
class Car(Vehicle):
    pass
print(Vehicle.wheels, Bike.wheels, Car.wheels)
Vehicle.wheels = 6
print(Vehicle.wheels, Bike.wheels, Car.wheels)
Car.kinds.append("sedan")
print(Vehicle.kinds, Bike.kinds is Vehicle.kinds)
print("wheels" in vars(Car), "wheels" in vars(Bike))
