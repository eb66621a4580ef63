import { register } from 'node:module';
register(new URL('./loadHook.mjs', import.meta.url));
