import type { DeliveryEventInput } from '../events/deliveryEvents.js';

/** What the deploy engine tells its caller as it works: the delivery event stream (src/core/events), unstamped. */
export type DeployEvent = DeliveryEventInput;

export type DeployEventSink = (event: DeployEvent) => void;
