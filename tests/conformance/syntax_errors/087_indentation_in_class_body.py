class Greeter:
    def hello(self):
        print("hello")
      def bye(self):
        print("bye")
