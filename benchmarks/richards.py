"""Richards: Martin Richards' simulation of an operating system's task scheduler (objects, attributes, calls)."""
import sys

N = 100
WARMUP_N = 8

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = 1, 2, 3, 4, 5, 6
KIND_DEVICE, KIND_WORK = 0, 1
BUFFER_SIZE = 4
ORD_A = ord("A")


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFFER_SIZE

    def append_to(self, queue):
        """Puts this packet at the end of queue and returns the queue's new head."""
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class DeviceRecord:
    def __init__(self):
        self.pending = None


class IdleRecord:
    def __init__(self):
        self.control = 1
        self.count = 10000


class HandlerRecord:
    def __init__(self):
        self.work_in = None
        self.device_in = None


class WorkerRecord:
    def __init__(self):
        self.destination = HANDLER_A
        self.count = 0


class Scheduler:
    def __init__(self):
        self.tasks = [None] * 10
        self.task_list = None
        self.hold_count = 0
        self.queue_count = 0

    def find(self, ident):
        task = self.tasks[ident]
        if task is None:
            raise ValueError("no task %d" % ident)
        return task

    def run(self):
        task = self.task_list
        while task is not None:
            if task.holding or (not task.packet_pending and task.waiting):
                task = task.link
            else:
                task = task.run_task()


class Task:
    def __init__(self, scheduler, ident, priority, queue, packet_pending, waiting, record):
        self.scheduler = scheduler
        self.link = scheduler.task_list
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.packet_pending = packet_pending
        self.waiting = waiting
        self.holding = False
        self.record = record
        scheduler.task_list = self
        scheduler.tasks[ident] = self

    def add_packet(self, packet, old_task):
        if self.queue is None:
            self.queue = packet
            self.packet_pending = True
            if self.priority > old_task.priority:
                return self
        else:
            packet.append_to(self.queue)
        return old_task

    def run_task(self):
        if self.packet_pending and self.waiting and not self.holding:
            message = self.queue
            self.queue = message.link
            self.waiting = False
            self.packet_pending = self.queue is not None
        else:
            message = None
        return self.step(message)

    def wait(self):
        self.waiting = True
        return self

    def hold(self):
        self.scheduler.hold_count += 1
        self.holding = True
        return self.link

    def release(self, ident):
        task = self.scheduler.find(ident)
        task.holding = False
        return task if task.priority > self.priority else self

    def send(self, packet):
        task = self.scheduler.find(packet.ident)
        self.scheduler.queue_count += 1
        packet.link = None
        packet.ident = self.ident
        return task.add_packet(packet, self)


class DeviceTask(Task):
    def step(self, packet):
        record = self.record
        if packet is None:
            packet = record.pending
            if packet is None:
                return self.wait()
            record.pending = None
            return self.send(packet)
        record.pending = packet
        return self.hold()


class HandlerTask(Task):
    def step(self, packet):
        record = self.record
        if packet is not None:
            if packet.kind == KIND_WORK:
                record.work_in = packet.append_to(record.work_in)
            else:
                record.device_in = packet.append_to(record.device_in)
        work = record.work_in
        if work is None:
            return self.wait()
        count = work.datum
        if count >= BUFFER_SIZE:
            record.work_in = work.link
            return self.send(work)
        device = record.device_in
        if device is None:
            return self.wait()
        record.device_in = device.link
        device.datum = work.data[count]
        work.datum = count + 1
        return self.send(device)


class IdleTask(Task):
    def step(self, packet):
        record = self.record
        record.count -= 1
        if record.count == 0:
            return self.hold()
        if record.control & 1 == 0:
            record.control //= 2
            return self.release(DEVICE_A)
        record.control = (record.control // 2) ^ 0xD008
        return self.release(DEVICE_B)


class WorkerTask(Task):
    def step(self, packet):
        record = self.record
        if packet is None:
            return self.wait()
        record.destination = HANDLER_B if record.destination == HANDLER_A else HANDLER_A
        packet.ident = record.destination
        packet.datum = 0
        for i in range(BUFFER_SIZE):
            record.count += 1
            if record.count > 26:
                record.count = 1
            packet.data[i] = ORD_A + record.count - 1
        return self.send(packet)


def run_once():
    s = Scheduler()
    IdleTask(s, IDLE, 1, None, False, False, IdleRecord())
    queue = Packet(Packet(None, 0, KIND_WORK), 0, KIND_WORK)
    WorkerTask(s, WORKER, 1000, queue, True, True, WorkerRecord())
    queue = Packet(Packet(Packet(None, DEVICE_A, KIND_DEVICE), DEVICE_A, KIND_DEVICE), DEVICE_A, KIND_DEVICE)
    HandlerTask(s, HANDLER_A, 2000, queue, True, True, HandlerRecord())
    queue = Packet(Packet(Packet(None, DEVICE_B, KIND_DEVICE), DEVICE_B, KIND_DEVICE), DEVICE_B, KIND_DEVICE)
    HandlerTask(s, HANDLER_B, 3000, queue, True, True, HandlerRecord())
    DeviceTask(s, DEVICE_A, 4000, None, False, True, DeviceRecord())
    DeviceTask(s, DEVICE_B, 5000, None, False, True, DeviceRecord())
    s.run()
    return s.hold_count, s.queue_count


def bench(n):
    holds = queued = 0
    for _ in range(n):
        hold_count, queue_count = run_once()
        if hold_count != 9297 or queue_count != 23246:
            return "richards wrong counts %d %d" % (hold_count, queue_count)
        holds += hold_count
        queued += queue_count
    return "richards %d %d %d" % (n, holds, queued)


if __name__ == "__main__":
    print(bench(int(sys.argv[1]) if len(sys.argv) > 1 else N))
