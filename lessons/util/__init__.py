# The `util` package the notes import (`from util import delay`, `from util import async_timed`)
# and never print, laid out as in the book the notes follow (Python Concurrency with asyncio,
# ch. 2): async_timed is the note's own block (003 协程计时装饰器), delay prints the lines the
# notes' transcripts show (睡N秒, 结束睡眠N秒). `course compare` puts lessons/ on the path.
from util.async_timer import async_timed
from util.delay_functions import delay
