# LifoQueue hands out the newest item first; PriorityQueue the smallest, ties in heapq's order.
import asyncio


async def main():
    lifo = asyncio.LifoQueue()
    for i in range(4):
        lifo.put_nowait(i)
    print("lifo:", [lifo.get_nowait() for _ in range(4)])
    pq = asyncio.PriorityQueue(maxsize=6)
    for item in [(2, "b"), (1, "x"), (3, "c"), (1, "a"), (2, "a"), (0, "z")]:
        await pq.put(item)
    try:
        pq.put_nowait((9, "full"))
    except asyncio.QueueFull:
        print("QueueFull at", pq.qsize())
    print("priority:", [pq.get_nowait() for _ in range(6)])
    try:
        pq.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
