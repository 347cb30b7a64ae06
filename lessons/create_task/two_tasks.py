import asyncio

async def task1():
    print("Task 1: Start")
    await asyncio.sleep(1)  # 模拟I/O操作，暂停1秒
    print("Task 1: End")

async def task2():
    print("Task 2: Start")
    await asyncio.sleep(2)  # 模拟I/O操作，暂停2秒
    print("Task 2: End")

async def main():
    # 创建任务
    t1 = asyncio.create_task(task1())
    t2 = asyncio.create_task(task2())
    
    # 等待任务完成
    await t1
    await t2

# 运行事件循环
asyncio.run(main())
