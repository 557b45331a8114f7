import type { FastifyReply } from 'fastify';
import type { VNode } from 'preact';
import { renderDocument } from '../render/html/document.js';

export function sendPage(reply: FastifyReply, page: VNode, status = 200): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(renderDocument(page));
}
