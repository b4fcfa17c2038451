import type { RequestOf, RequestType, ResponseData } from '@/lib/messaging/protocol';
import type { BackgroundContext } from '../context';

/** Answers one request type. */
export type Handler<T extends RequestType> = (request: RequestOf<T>, ctx: BackgroundContext) => Promise<ResponseData<T>>;
