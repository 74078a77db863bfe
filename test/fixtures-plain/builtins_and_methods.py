# builtins the platform has in its own form: sorted, sum, min/max with key, zip, enumerate, round, int, float,
# str.split, range with a step, == on lists, type(self).__name__
import asyncio


class Report:
    def kind(self):
        return type(self).__name__.lower()


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return len(name) * 10


async def main():
    names = "ada  grace\tlinus".split()
    scores = await asyncio.gather(*[fetch(n, 0.01) for n in names])
    for name, score in zip(names, scores):
        print(name + ": " + str(score))
    print("total", sum(scores), "best", max(names, key=lambda n: len(n)))
    print("by length", " ".join(sorted(names, key=lambda n: -len(n))))
    print("halves", round(2.5), round(3.5), int("42") + 1, float("0.5") * 4)
    print("evens", sum(range(0, 10, 2)), "csv", "a,b,,c".split(","))
    print(Report().kind(), "4 in evens:", 4 in range(0, 10, 2))
    copy = list(scores)
    if copy == scores:
        print("equal lists")
    else:
        print("different lists")


asyncio.run(main())
