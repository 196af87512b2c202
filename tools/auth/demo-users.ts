// The demo users live in @qz/identity (the gateway lists them for the console's local sign-in).
export { DEMO_USERS, demoIdentity, type DemoUser, type DemoUserId } from '@qz/identity';
