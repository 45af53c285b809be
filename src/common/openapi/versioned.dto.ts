import { ApiProperty } from '@nestjs/swagger';

/** The fields every editable record answers with: its version for optimistic concurrency, and its times. */
export class VersionedDto {
  @ApiProperty({ description: 'Version, for If-Match or expectedVersion.', example: 1 })
  version!: number;
  @ApiProperty({ type: String, format: 'date-time', description: 'Created.', example: '2026-11-01T00:00:00.000Z' })
  createdAt!: Date;
  @ApiProperty({ type: String, format: 'date-time', description: 'Last changed.', example: '2026-11-20T03:00:00.000Z' })
  updatedAt!: Date;
}
