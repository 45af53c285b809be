import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNumber, IsOptional, Matches, Max, Min } from 'class-validator';
import type { FieldError } from '../errors/problem';
import { PageQuery } from './page-query';
import { text } from '../i18n/text';

/** A page of a list that can be centred on a point (`near=lat,lng`) and cut to a radius. */
export class NearPageQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'A point as lat,lng: items then carry distanceKm.', example: '-6.48,107.62' })
  @IsOptional()
  @Matches(/^-?\d{1,2}(\.\d+)?,-?\d{1,3}(\.\d+)?$/, { message: text('validation.nearFormat') })
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
export function parseNear(query: Pick<NearPageQuery, 'near' | 'radiusKm'>): {
  near?: { lat: number; lng: number };
  errors: FieldError[];
} {
  const errors: FieldError[] = [];
  const [lat, lng] = query.near?.split(',').map(Number) ?? [];
  const near = query.near ? { lat, lng } : undefined;
  if (near && (Math.abs(lat) > 90 || Math.abs(lng) > 180)) {
    errors.push({ field: 'near', message: text('validation.nearFormat') });
  }
  if (query.radiusKm !== undefined && !near)
    errors.push({ field: 'radiusKm', message: text('validation.radiusNeedsNear') });
  return { near, errors };
}
