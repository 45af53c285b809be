import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNumber, IsOptional, Matches, Max, Min } from 'class-validator';
import type { FieldError } from '../errors/problem';
import { PageQuery } from './page-query';

/** A page of a list that can be centred on a point (`near=lat,lng`) and cut to a radius. */
export class NearPageQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'A point as lat,lng: items then carry distanceKm.', example: '-6.48,107.62' })
  @IsOptional()
  @Matches(/^-?\d{1,2}(\.\d+)?,-?\d{1,3}(\.\d+)?$/, { message: 'near must be lat,lng such as -6.48,107.62' })
  near?: string;

  @ApiPropertyOptional({ description: 'With near: only items within this many km.', example: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.1)
  @Max(2000)
  radiusKm?: number;
}

/** The point of `near`, with the errors of a point off the globe or a radius without a point. */
export function parseNear(query: NearPageQuery): { near?: { lat: number; lng: number }; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const [lat, lng] = query.near?.split(',').map(Number) ?? [];
  const near = query.near ? { lat, lng } : undefined;
  if (near && (Math.abs(lat) > 90 || Math.abs(lng) > 180)) {
    errors.push({ field: 'near', message: 'near must be a valid lat,lng' });
  }
  if (query.radiusKm !== undefined && !near) errors.push({ field: 'radiusKm', message: 'radiusKm needs near' });
  return { near, errors };
}
