// Work a request starts but its answer must not wait for (nor reveal by its duration): each
// task runs after its request's response has been sent, one at a time in the order queued,
// its failure logged; closing the app waits for the tasks already queued.
import type { FastifyInstance, FastifyRequest } from 'fastify';

export type AfterResponse = (request: FastifyRequest, name: string, task: () => Promise<unknown>) => void;

/** Registers the hooks on `app` (a routes plugin's instance) and returns the function that queues a task. */
export function afterResponseQueue(app: FastifyInstance): AfterResponse {
  const waiting = new WeakMap<FastifyRequest, { name: string; task: () => Promise<unknown> }[]>();
  let tail: Promise<void> = Promise.resolve();
  app.addHook('onResponse', async (request) => {
    for (const { name, task } of waiting.get(request) ?? []) {
      tail = tail.then(task).then(
        () => undefined,
        (err: unknown) => request.log.error({ err, task: name }, 'work after the response failed'),
      );
    }
    waiting.delete(request);
  });
  app.addHook('onClose', async () => {
    await tail;
  });
  return (request, name, task) => {
    waiting.set(request, [...(waiting.get(request) ?? []), { name, task }]);
  };
}
