export { DEFAULT_DEV_IDP_PORT, DEV_CLIENT_ID, DEV_CLIENT_NAME, DEV_CLIENT_SECRET } from './client.ts';
export { DevIdpError, isLoopbackHost } from './loopback.ts';
export { ROUTES } from './provider.ts';
export { type DevIdp, type DevIdpOptions, startDevIdp } from './server.ts';
export { DEMO_USERS, type DemoUser } from './users.ts';
