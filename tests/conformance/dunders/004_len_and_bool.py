class Playlist:
    def __init__(self, songs):
        self.songs = list(songs)
    def __len__(self):
        return len(self.songs)
p = Playlist(["a", "b"])
e = Playlist([])
print(len(p), len(e), bool(p), bool(e))
if not e:
    print("empty playlist is falsy")
class AlwaysFalse:
    def __bool__(self):
        return False
    def __len__(self):
        return 10
print(bool(AlwaysFalse()), len(AlwaysFalse()))
