/** Every localStorage key Ring Zero uses, in one place. */
export const STORAGE_KEY = 'ring-zero:state';
/** Stored data that could not be read is copied under this prefix plus the time, never deleted. */
export const BACKUP_KEY_PREFIX = 'ring-zero:backup:';
