class Logger:
    def log(self, msg):
        return f"[log] {msg}"
class TimestampLogger(Logger):
    def log(self, msg):
        return "12:00 " + super().log(msg)
class LoudLogger(TimestampLogger):
    def log(self, msg):
        return super().log(msg.upper()) + "!"
print(Logger().log("hi"))
print(TimestampLogger().log("hi"))
print(LoudLogger().log("hi"))
