class Service:
    class Error(Exception):
        pass
    def call(self):
        raise Service.Error("service failed")
Service().call()
